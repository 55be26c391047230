package dev.wuye.complaint.complaint;

import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.Masking;

/**
 * The customer who raised an opinion. Personal data: {@link #toString()} masks it.
 *
 * @param name    the customer's name; nullable (anonymous forum posts)
 * @param phone   the phone number; nullable
 * @param address building / unit / room (楼栋单元房号); nullable
 */
public record Customer(String name, String phone, String address) {

    /** The SPI form. */
    public CustomerData toData() {
        return new CustomerData(name, phone, address);
    }

    /** From the SPI form. */
    public static Customer of(CustomerData data) {
        return new Customer(data.name(), data.phone(), data.address());
    }

    @Override
    public String toString() {
        return "Customer[name=" + Masking.name(name) + ", phone=" + Masking.phone(phone)
                + ", address=" + Masking.address(address) + "]";
    }
}
